// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `sign_templates` operations: [`SignTemplatesManager`] and one request builder per operation.

/// Reach it with [`Client::sign_templates`](crate::Client::sign_templates) or [`SignTemplatesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SignTemplatesManager<'a> {
    client: &'a crate::Client,
}

impl<'a> SignTemplatesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List Box Sign templates
    ///
    /// Gets Box Sign templates created by a user.
    ///
    /// `GET /sign_templates`
    #[inline]
    pub fn get_sign_templates(&self) -> GetSignTemplates<'a> {
        GetSignTemplates::new(self.client)
    }

    /// Get Box Sign template by ID
    ///
    /// Fetches details of a specific Box Sign template.
    ///
    /// `GET /sign_templates/{template_id}`
    #[inline]
    pub fn get_sign_template_by_id(&self, template_id: impl AsRef<str>) -> GetSignTemplateById<'a> {
        GetSignTemplateById::new(self.client, template_id)
    }
}

/// Request builder for [`SignTemplatesManager::get_sign_templates`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSignTemplates<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetSignTemplates<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_sign_templates",
            method: reqwest::Method::GET,
            path: "/sign_templates",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::SignTemplate> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::SignTemplates>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::SignTemplates> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::SignTemplates>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetSignTemplates<'a> {
    type Output = Result<crate::models::SignTemplates, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::SignTemplates>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::SignTemplates>)
    }
}

/// Request builder for [`SignTemplatesManager::get_sign_template_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSignTemplateById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetSignTemplateById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, template_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_sign_templates_id",
            method: reqwest::Method::GET,
            path: "/sign_templates/{template_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(401), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("template_id", template_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::SignTemplate> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::SignTemplate>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetSignTemplateById<'a> {
    type Output = Result<crate::models::SignTemplate, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::SignTemplate>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::SignTemplate>)
    }
}
