// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `transfer` operations: [`TransferManager`] and one request builder per operation.

use crate::models::{ClientError, FolderFull};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::transfer`](crate::Client::transfer) or [`TransferManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TransferManager<'a> {
    client: &'a Client,
}

impl<'a> TransferManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Transfer owned folders
    ///
    /// Move all of the items (files, folders and workflows) owned by a user into
    /// another user's account.
    ///
    /// Only the root folder (`0`) can be transferred.
    ///
    /// Folders can only be moved across users by users with administrative
    /// permissions.
    ///
    /// All existing shared links and folder-level collaborations are transferred
    /// during the operation. Please note that while collaborations at the individual
    /// file-level are transferred during the operation, the collaborations are
    /// deleted when the original user is deleted.
    ///
    /// If the user has a large number of items across all folders, the call will
    /// be run asynchronously. If the operation is not completed within 10 minutes,
    /// the user will receive a 200 OK response, and the operation will continue running.
    ///
    /// If the destination path has a metadata cascade policy attached to any of
    /// the parent folders, a metadata cascade operation will be kicked off
    /// asynchronously.
    ///
    /// There is currently no way to check for when this operation is finished.
    ///
    /// The destination folder's name will be in the format `{User}'s Files and
    /// Folders`, where `{User}` is the display name of the user.
    ///
    /// To make this API call your application will need to have the "Read and write
    /// all files and folders stored in Box" scope enabled.
    ///
    /// Please make sure the destination user has access to `Relay` or `Relay Lite`,
    /// and has access to the files and folders involved in the workflows being
    /// transferred.
    ///
    /// Admins will receive an email when the operation is completed.
    ///
    /// `PUT /users/{user_id}/folders/0`
    #[inline]
    pub fn transfer_owned_folder(
        &self,
        user_id: impl AsRef<str>,
        owned_by: TransferOwnedFolderOwnedBy,
    ) -> TransferOwnedFolder<'a> {
        TransferOwnedFolder::new(self.client, user_id, owned_by)
    }
}

/// Request builder for [`TransferManager::transfer_owned_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct TransferOwnedFolder<'a> {
    call: Call<'a>,
    body: TransferOwnedFolderRequestBody,
}

impl<'a> TransferOwnedFolder<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>, owned_by: TransferOwnedFolderOwnedBy) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_users_id_folders_0",
            method: reqwest::Method::PUT,
            path: "/users/{user_id}/folders/0",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call, body: TransferOwnedFolderRequestBody { owned_by } }
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

    /// Determines if users should receive email notification
    /// for the action performed.
    #[inline]
    pub fn notify(mut self, notify: bool) -> Self {
        self.call.query("notify", &notify);
        self
    }
}

request_builder!(runtime, TransferOwnedFolder(body) => json FolderFull);

/// An inline schema, which the spec does not describe (`#/paths/~1users~1{user_id}~1folders~10/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct TransferOwnedFolderRequestBody {
    /// The user who the folder will be transferred to.
    pub owned_by: TransferOwnedFolderOwnedBy,
}

serialize_struct!(runtime, TransferOwnedFolderRequestBody { owned_by: required("owned_by") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    TransferOwnedFolderRequestBody { owned_by: required::<TransferOwnedFolderOwnedBy>("owned_by") }
);

/// The user who the folder will be transferred to.
#[derive(Clone, Debug, PartialEq)]
pub struct TransferOwnedFolderOwnedBy {
    /// The ID of the user who the folder will be
    /// transferred to.
    pub id: String,
}

serialize_struct!(runtime, TransferOwnedFolderOwnedBy { id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, TransferOwnedFolderOwnedBy { id: required::<String>("id") });
