// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `usage` operations: [`UsageApi`] and one request builder per operation.

use crate::models::{PaginatedUsageList, Usage};
use crate::runtime::{self, Call, OperationSpec, Pager, Paginator, paginate, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::usage_api`](crate::Client::usage_api) or [`UsageApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct UsageApi<'a> {
    client: &'a Client,
}

impl<'a> UsageApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Method returns a paginated list of usage according to query parameters
    ///
    /// `GET /api/usage`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }
}

/// Request builder for [`UsageApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "usage_list",
            method: reqwest::Method::GET,
            path: "/api/usage",
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
    ///  Available filter_fields: \['user', 'user_id'\].
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

    /// Which field to use when ordering the results. Available ordering_fields: \['user', 'user_id'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the user field
    #[inline]
    pub fn user(mut self, user: impl AsRef<str>) -> Self {
        self.call.query("user", user.as_ref());
        self
    }

    /// A simple equality filter for the user_id field
    #[inline]
    pub fn user_id(mut self, user_id: i64) -> Self {
        self.call.query("user_id", &user_id);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, Usage> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedUsageList>)
    }
}

request_builder!(runtime, List => json PaginatedUsageList);
