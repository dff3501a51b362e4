// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `consensus` operations: [`ConsensusApi`] and one request builder per operation.

use crate::models::{
    ConsensusMergeCreateRequest, ConsensusSettings, PaginatedConsensusSettingsList, PatchedConsensusSettingsRequest,
    RqId,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder};

/// Reach it with [`Client::consensus_api`](crate::Client::consensus_api) or [`ConsensusApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct ConsensusApi<'a> {
    client: &'a Client,
}

impl<'a> ConsensusApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Create a consensus merge
    ///
    /// `POST /api/consensus/merges`
    #[inline]
    pub fn create_merge(&self) -> CreateMerge<'a> {
        CreateMerge::new(self.client)
    }

    /// List consensus settings instances
    ///
    /// `GET /api/consensus/settings`
    #[inline]
    pub fn list_settings(&self) -> ListSettings<'a> {
        ListSettings::new(self.client)
    }

    /// Get consensus settings instance details
    ///
    /// `GET /api/consensus/settings/{id}`
    #[inline]
    pub fn retrieve_settings(&self, id: i64) -> RetrieveSettings<'a> {
        RetrieveSettings::new(self.client, id)
    }

    /// Update a consensus settings instance
    ///
    /// `PATCH /api/consensus/settings/{id}`
    #[inline]
    pub fn partial_update_settings(&self, id: i64) -> PartialUpdateSettings<'a> {
        PartialUpdateSettings::new(self.client, id)
    }
}

/// Request builder for [`ConsensusApi::create_merge`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateMerge<'a> {
    call: Call<'a>,
}

impl<'a> CreateMerge<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "consensus_create_merge",
            method: reqwest::Method::POST,
            path: "/api/consensus/merges",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1consensus~1merges/post/requestBody`).
    #[inline]
    pub fn consensus_merge_create_request(
        mut self,
        consensus_merge_create_request: ConsensusMergeCreateRequest,
    ) -> Self {
        self.call.body(&consensus_merge_create_request);
        self
    }
}

request_builder!(runtime, CreateMerge => json RqId);

/// Request builder for [`ConsensusApi::list_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListSettings<'a> {
    call: Call<'a>,
}

impl<'a> ListSettings<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "consensus_list_settings",
            method: reqwest::Method::GET,
            path: "/api/consensus/settings",
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
    ///  Available filter_fields: \['id', 'task_id'\].
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

    /// Which field to use when ordering the results. Available ordering_fields: \['id'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the task_id field
    #[inline]
    pub fn task_id(mut self, task_id: i64) -> Self {
        self.call.query("task_id", &task_id);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, ConsensusSettings> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedConsensusSettingsList>)
    }
}

request_builder!(runtime, ListSettings => json PaginatedConsensusSettingsList);

/// Request builder for [`ConsensusApi::retrieve_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveSettings<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveSettings<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "consensus_retrieve_settings",
            method: reqwest::Method::GET,
            path: "/api/consensus/settings/{id}",
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

request_builder!(runtime, RetrieveSettings => json ConsensusSettings);

/// Request builder for [`ConsensusApi::partial_update_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateSettings<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdateSettings<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "consensus_partial_update_settings",
            method: reqwest::Method::PATCH,
            path: "/api/consensus/settings/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1consensus~1settings~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_consensus_settings_request(
        mut self,
        patched_consensus_settings_request: PatchedConsensusSettingsRequest,
    ) -> Self {
        self.call.body(&patched_consensus_settings_request);
        self
    }
}

request_builder!(runtime, PartialUpdateSettings => json ConsensusSettings);
