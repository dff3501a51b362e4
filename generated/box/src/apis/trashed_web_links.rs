// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `trashed_web_links` operations: [`TrashedWebLinksManager`] and one request builder per operation.

use crate::models::{ClientError, TrashWebLink, TrashWebLinkRestored};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::trashed_web_links`](crate::Client::trashed_web_links) or [`TrashedWebLinksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TrashedWebLinksManager<'a> {
    client: &'a Client,
}

impl<'a> TrashedWebLinksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Restore web link
    ///
    /// Restores a web link that has been moved to the trash.
    ///
    /// An optional new parent ID can be provided to restore the  web link to in case
    /// the original folder has been deleted.
    ///
    /// `POST /web_links/{web_link_id}`
    #[inline]
    pub fn restore_weblink_from_trash(&self, web_link_id: impl AsRef<str>) -> RestoreWeblinkFromTrash<'a> {
        RestoreWeblinkFromTrash::new(self.client, web_link_id)
    }

    /// Get trashed web link
    ///
    /// Retrieves a web link that has been moved to the trash.
    ///
    /// `GET /web_links/{web_link_id}/trash`
    #[inline]
    pub fn get_trashed_web_link_by_id(&self, web_link_id: impl AsRef<str>) -> GetTrashedWebLinkById<'a> {
        GetTrashedWebLinkById::new(self.client, web_link_id)
    }

    /// Permanently remove web link
    ///
    /// Permanently deletes a web link that is in the trash.
    /// This action cannot be undone.
    ///
    /// `DELETE /web_links/{web_link_id}/trash`
    #[inline]
    pub fn delete_trashed_web_link_by_id(&self, web_link_id: impl AsRef<str>) -> DeleteTrashedWebLinkById<'a> {
        DeleteTrashedWebLinkById::new(self.client, web_link_id)
    }
}

/// Request builder for [`TrashedWebLinksManager::restore_weblink_from_trash`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RestoreWeblinkFromTrash<'a> {
    call: Call<'a>,
    body: RestoreWeblinkFromTrashRequestBody,
}

impl<'a> RestoreWeblinkFromTrash<'a> {
    #[inline]
    fn new(client: &'a Client, web_link_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_web_links_id",
            method: reqwest::Method::POST,
            path: "/web_links/{web_link_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
        Self { call, body: RestoreWeblinkFromTrashRequestBody { name: None, parent: None } }
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

    /// An optional new name for the web link.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// The `parent` property, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}/post/requestBody/content/application~1json/schema/properties/parent`).
    #[inline]
    pub fn parent(mut self, parent: RestoreWeblinkFromTrashParent) -> Self {
        self.body.parent = Some(parent);
        self
    }
}

request_builder!(runtime, RestoreWeblinkFromTrash(body) => json TrashWebLinkRestored);

/// Request builder for [`TrashedWebLinksManager::get_trashed_web_link_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTrashedWebLinkById<'a> {
    call: Call<'a>,
}

impl<'a> GetTrashedWebLinkById<'a> {
    #[inline]
    fn new(client: &'a Client, web_link_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_web_links_id_trash",
            method: reqwest::Method::GET,
            path: "/web_links/{web_link_id}/trash",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
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
}

request_builder!(runtime, GetTrashedWebLinkById => json TrashWebLink);

/// Request builder for [`TrashedWebLinksManager::delete_trashed_web_link_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTrashedWebLinkById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteTrashedWebLinkById<'a> {
    #[inline]
    fn new(client: &'a Client, web_link_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_web_links_id_trash",
            method: reqwest::Method::DELETE,
            path: "/web_links/{web_link_id}/trash",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("web_link_id", web_link_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteTrashedWebLinkById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestoreWeblinkFromTrashRequestBody {
    /// An optional new name for the web link.
    pub name: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}/post/requestBody/content/application~1json/schema/properties/parent`).
    pub parent: Option<RestoreWeblinkFromTrashParent>,
}

serialize_struct!(runtime, RestoreWeblinkFromTrashRequestBody { name: optional("name"), parent: optional("parent") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RestoreWeblinkFromTrashRequestBody {
        name: optional::<Option<String>>("name"),
        parent: optional::<Option<RestoreWeblinkFromTrashParent>>("parent")
    }
);

/// The parent for this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestoreWeblinkFromTrashParent {
    /// The ID of parent item.
    pub id: Option<String>,
}

serialize_struct!(runtime, RestoreWeblinkFromTrashParent { id: optional("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RestoreWeblinkFromTrashParent { id: optional::<Option<String>>("id") }
);
