// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `app_item_associations` operations: [`AppItemAssociationsManager`] and one request builder per operation.

use crate::models::{AppItemAssociation, AppItemAssociations, ClientError};
use crate::runtime::{
    self, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::app_item_associations`](crate::Client::app_item_associations) or [`AppItemAssociationsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct AppItemAssociationsManager<'a> {
    client: &'a Client,
}

impl<'a> AppItemAssociationsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> GetFileAppItemAssociations<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_app_item_associations",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/app_item_associations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> Paginator<'a, AppItemAssociation> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<AppItemAssociations>)
    }
}

request_builder!(runtime, GetFileAppItemAssociations => json AppItemAssociations);

/// Request builder for [`AppItemAssociationsManager::get_folder_app_item_associations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFolderAppItemAssociations<'a> {
    call: Call<'a>,
}

impl<'a> GetFolderAppItemAssociations<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_id_app_item_associations",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/app_item_associations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> Paginator<'a, AppItemAssociation> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<AppItemAssociations>)
    }
}

request_builder!(runtime, GetFolderAppItemAssociations => json AppItemAssociations);
