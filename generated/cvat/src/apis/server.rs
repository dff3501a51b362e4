// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `server` operations: [`ServerApi`] and one request builder per operation.

/// Reach it with [`Client::server_api`](crate::Client::server_api) or [`ServerApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct ServerApi<'a> {
    client: &'a crate::Client,
}

impl<'a> ServerApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get basic CVAT information
    ///
    /// `GET /api/server/about`
    #[inline]
    pub fn retrieve_about(&self) -> RetrieveAbout<'a> {
        RetrieveAbout::new(self.client)
    }

    /// Get supported annotation formats
    ///
    /// `GET /api/server/annotation/formats`
    #[inline]
    pub fn retrieve_annotation_formats(&self) -> RetrieveAnnotationFormats<'a> {
        RetrieveAnnotationFormats::new(self.client)
    }

    /// Get enabled plugins
    ///
    /// `GET /api/server/plugins`
    #[inline]
    pub fn retrieve_plugins(&self) -> RetrievePlugins<'a> {
        RetrievePlugins::new(self.client)
    }

    /// List files/directories in the mounted share
    ///
    /// `GET /api/server/share`
    #[inline]
    pub fn list_share(&self) -> ListShare<'a> {
        ListShare::new(self.client)
    }
}

/// Request builder for [`ServerApi::retrieve_about`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveAbout<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveAbout<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "server_retrieve_about",
            method: reqwest::Method::GET,
            path: "/api/server/about",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::About> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::About>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveAbout<'a> {
    type Output = Result<crate::models::About, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::About>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::About>)
    }
}

/// Request builder for [`ServerApi::retrieve_annotation_formats`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveAnnotationFormats<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveAnnotationFormats<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "server_retrieve_annotation_formats",
            method: reqwest::Method::GET,
            path: "/api/server/annotation/formats",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::DatasetFormats> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::DatasetFormats>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveAnnotationFormats<'a> {
    type Output = Result<crate::models::DatasetFormats, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::DatasetFormats>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::DatasetFormats>)
    }
}

/// Request builder for [`ServerApi::retrieve_plugins`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrievePlugins<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrievePlugins<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "server_retrieve_plugins",
            method: reqwest::Method::GET,
            path: "/api/server/plugins",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Plugins> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Plugins>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrievePlugins<'a> {
    type Output = Result<crate::models::Plugins, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Plugins>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Plugins>)
    }
}

/// Request builder for [`ServerApi::list_share`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListShare<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> ListShare<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "server_list_share",
            method: reqwest::Method::GET,
            path: "/api/server/share",
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

    /// Directory to browse
    #[inline]
    pub fn directory(mut self, directory: impl AsRef<str>) -> Self {
        self.call.query("directory", directory.as_ref());
        self
    }

    /// Search for specific files
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, Vec<crate::models::FileInfo>> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<Vec<crate::models::FileInfo>>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for ListShare<'a> {
    type Output = Result<Vec<crate::models::FileInfo>, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, Vec<crate::models::FileInfo>>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<Vec<crate::models::FileInfo>>)
    }
}
