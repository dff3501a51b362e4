// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `app_item_associations` operations: [`AppItemAssociationsManager`] and one request builder per operation.

/// Reach it with [`Client::app_item_associations`](crate::Client::app_item_associations) or [`AppItemAssociationsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct AppItemAssociationsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> AppItemAssociationsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List file app item associations
    ///
    /// **This is a beta feature, which means that its availability might be limited.**
    /// Returns all app items the file is associated with. This includes app items
    /// associated with ancestors of the file. Assuming the context user has access
    /// to the file, the type/ids are revealed even if the context user does not
    /// have **View** permission on the app item.
    ///
    /// `GET /files/{file_id}/app_item_associations`
    #[inline]
    pub fn get_file_app_item_associations(&self, file_id: impl AsRef<str>) -> GetFileAppItemAssociations<'a> {
        GetFileAppItemAssociations::new(self.client, file_id)
    }

    /// List folder app item associations
    ///
    /// **This is a beta feature, which means that its availability might be limited.**
    /// Returns all app items the folder is associated with. This includes app items
    /// associated with ancestors of the folder. Assuming the context user has access
    /// to the folder, the type/ids are revealed even if the context user does not
    /// have **View** permission on the app item.
    ///
    /// `GET /folders/{folder_id}/app_item_associations`
    #[inline]
    pub fn get_folder_app_item_associations(&self, folder_id: impl AsRef<str>) -> GetFolderAppItemAssociations<'a> {
        GetFolderAppItemAssociations::new(self.client, folder_id)
    }
}

/// Request builder for [`AppItemAssociationsManager::get_file_app_item_associations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileAppItemAssociations<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFileAppItemAssociations<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_files_id_app_item_associations",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/app_item_associations",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call }
    }

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
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

    /// If given, only return app items for this application type.
    #[inline]
    pub fn application_type(mut self, application_type: impl AsRef<str>) -> Self {
        self.call.query("application_type", application_type.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::AppItemAssociation> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::AppItemAssociations>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AppItemAssociations> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::AppItemAssociations>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFileAppItemAssociations<'a> {
    type Output = Result<crate::models::AppItemAssociations, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AppItemAssociations>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AppItemAssociations>)
    }
}

/// Request builder for [`AppItemAssociationsManager::get_folder_app_item_associations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFolderAppItemAssociations<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFolderAppItemAssociations<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_folders_id_app_item_associations",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/app_item_associations",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        Self { call }
    }

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
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

    /// If given, returns only app items for this application type.
    #[inline]
    pub fn application_type(mut self, application_type: impl AsRef<str>) -> Self {
        self.call.query("application_type", application_type.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::AppItemAssociation> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::AppItemAssociations>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::AppItemAssociations> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::AppItemAssociations>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFolderAppItemAssociations<'a> {
    type Output = Result<crate::models::AppItemAssociations, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::AppItemAssociations>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::AppItemAssociations>)
    }
}
