// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `webhooks` operations: [`WebhooksApi`] and one request builder per operation.

use crate::models::{
    Events, PaginatedWebhookDeliveryReadList, PaginatedWebhookReadList, PatchedWebhookWriteRequest,
    WebhookDeliveryRead, WebhookRead, WebhookWriteRequest,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder, string_enum,
};

/// Reach it with [`Client::webhooks_api`](crate::Client::webhooks_api) or [`WebhooksApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct WebhooksApi<'a> {
    client: &'a Client,
}

impl<'a> WebhooksApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List webhooks
    ///
    /// `GET /api/webhooks`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Create a webhook
    ///
    /// `POST /api/webhooks`
    #[inline]
    pub fn create(&self, webhook_write_request: WebhookWriteRequest) -> Create<'a> {
        Create::new(self.client, webhook_write_request)
    }

    /// Get webhook details
    ///
    /// `GET /api/webhooks/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Replace a webhook
    ///
    /// `PUT /api/webhooks/{id}`
    #[inline]
    pub fn update(&self, id: i64, webhook_write_request: WebhookWriteRequest) -> Update<'a> {
        Update::new(self.client, id, webhook_write_request)
    }

    /// Delete a webhook
    ///
    /// `DELETE /api/webhooks/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update a webhook
    ///
    /// `PATCH /api/webhooks/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }

    /// List deliveries for a webhook
    ///
    /// `GET /api/webhooks/{id}/deliveries`
    #[inline]
    pub fn list_deliveries(&self, id: i64) -> ListDeliveries<'a> {
        ListDeliveries::new(self.client, id)
    }

    /// Get details of a webhook delivery
    ///
    /// `GET /api/webhooks/{id}/deliveries/{delivery_id}`
    #[inline]
    pub fn retrieve_deliveries(&self, id: i64, delivery_id: impl AsRef<str>) -> RetrieveDeliveries<'a> {
        RetrieveDeliveries::new(self.client, id, delivery_id)
    }

    /// Redeliver a webhook delivery
    ///
    /// `POST /api/webhooks/{id}/deliveries/{delivery_id}/redelivery`
    #[inline]
    pub fn create_deliveries_redelivery(
        &self,
        id: i64,
        delivery_id: impl AsRef<str>,
    ) -> CreateDeliveriesRedelivery<'a> {
        CreateDeliveriesRedelivery::new(self.client, id, delivery_id)
    }

    /// Send a ping webhook
    ///
    /// `POST /api/webhooks/{id}/ping`
    #[inline]
    pub fn create_ping(&self, id: i64) -> CreatePing<'a> {
        CreatePing::new(self.client, id)
    }

    /// List available webhook events
    ///
    /// `GET /api/webhooks/events`
    #[inline]
    pub fn retrieve_events(&self) -> RetrieveEvents<'a> {
        RetrieveEvents::new(self.client)
    }
}

/// Request builder for [`WebhooksApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_list",
            method: reqwest::Method::GET,
            path: "/api/webhooks",
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
    ///  Available filter_fields: \['description', 'id', 'owner', 'project_id', 'target_url', 'type', 'updated_date'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
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

    /// A simple equality filter for the owner field
    #[inline]
    pub fn owner(mut self, owner: impl AsRef<str>) -> Self {
        self.call.query("owner", owner.as_ref());
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

    /// A simple equality filter for the project_id field
    #[inline]
    pub fn project_id(mut self, project_id: i64) -> Self {
        self.call.query("project_id", &project_id);
        self
    }

    /// A search term. Available search_fields: \['description', 'owner', 'target_url'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['description', 'id', 'owner', 'project_id', 'target_url', 'type', 'updated_date'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the target_url field
    #[inline]
    pub fn target_url(mut self, target_url: impl AsRef<str>) -> Self {
        self.call.query("target_url", target_url.as_ref());
        self
    }

    /// A simple equality filter for the type field
    #[inline]
    pub fn r#type(mut self, r#type: WebhooksListType) -> Self {
        self.call.query("type", &r#type);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, WebhookRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedWebhookReadList>)
    }
}

request_builder!(runtime, List => json PaginatedWebhookReadList);

/// Request builder for [`WebhooksApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, webhook_write_request: WebhookWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_create",
            method: reqwest::Method::POST,
            path: "/api/webhooks",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&webhook_write_request);
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
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
}

request_builder!(runtime, Create => json WebhookRead);

/// Request builder for [`WebhooksApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_retrieve",
            method: reqwest::Method::GET,
            path: "/api/webhooks/{id}",
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

request_builder!(runtime, Retrieve => json WebhookRead);

/// Request builder for [`WebhooksApi::update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Update<'a> {
    call: Call<'a>,
}

impl<'a> Update<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, webhook_write_request: WebhookWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_update",
            method: reqwest::Method::PUT,
            path: "/api/webhooks/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&webhook_write_request);
        Self { call }
    }
}

request_builder!(runtime, Update => json WebhookRead);

/// Request builder for [`WebhooksApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/webhooks/{id}",
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

/// Request builder for [`WebhooksApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/webhooks/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1webhooks~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_webhook_write_request(mut self, patched_webhook_write_request: PatchedWebhookWriteRequest) -> Self {
        self.call.body(&patched_webhook_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json WebhookRead);

/// Request builder for [`WebhooksApi::list_deliveries`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListDeliveries<'a> {
    call: Call<'a>,
}

impl<'a> ListDeliveries<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_list_deliveries",
            method: reqwest::Method::GET,
            path: "/api/webhooks/{id}/deliveries",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, WebhookDeliveryRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedWebhookDeliveryReadList>)
    }
}

request_builder!(runtime, ListDeliveries => json PaginatedWebhookDeliveryReadList);

/// Request builder for [`WebhooksApi::retrieve_deliveries`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveDeliveries<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveDeliveries<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, delivery_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_retrieve_deliveries",
            method: reqwest::Method::GET,
            path: "/api/webhooks/{id}/deliveries/{delivery_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.path("delivery_id", delivery_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, RetrieveDeliveries => json WebhookDeliveryRead);

/// Request builder for [`WebhooksApi::create_deliveries_redelivery`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateDeliveriesRedelivery<'a> {
    call: Call<'a>,
}

impl<'a> CreateDeliveriesRedelivery<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, delivery_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_create_deliveries_redelivery",
            method: reqwest::Method::POST,
            path: "/api/webhooks/{id}/deliveries/{delivery_id}/redelivery",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.path("delivery_id", delivery_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, CreateDeliveriesRedelivery => empty);

/// Request builder for [`WebhooksApi::create_ping`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreatePing<'a> {
    call: Call<'a>,
}

impl<'a> CreatePing<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_create_ping",
            method: reqwest::Method::POST,
            path: "/api/webhooks/{id}/ping",
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

request_builder!(runtime, CreatePing => json WebhookDeliveryRead);

/// Request builder for [`WebhooksApi::retrieve_events`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveEvents<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveEvents<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "webhooks_retrieve_events",
            method: reqwest::Method::GET,
            path: "/api/webhooks/events",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Type of webhook
    #[inline]
    pub fn r#type(mut self, r#type: impl AsRef<str>) -> Self {
        self.call.query("type", r#type.as_ref());
        self
    }
}

request_builder!(runtime, RetrieveEvents => json Events);

/// An inline schema, which the spec does not describe (`#/paths/~1api~1webhooks/get/parameters/11/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhooksListType {
    /// `organization`
    Organization,
    /// `project`
    Project,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WebhooksListType, Unknown, Organization = "organization", Project = "project");
