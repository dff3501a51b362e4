// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `files` operations: [`FilesManager`] and one request builder per operation.

use crate::models::{ClientError, FileFull};
use crate::runtime::{
    self, BodyEncoding, Call, Download, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct,
    string_enum,
};
use crate::{Client, Error, RawResponse, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::files`](crate::Client::files) or [`FilesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FilesManager<'a> {
    client: &'a Client,
}

impl<'a> FilesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Get file information
    ///
    /// Retrieves the details about a file.
    ///
    /// `GET /files/{file_id}`
    #[inline]
    pub fn get_file_by_id(&self, file_id: impl AsRef<str>) -> GetFileById<'a> {
        GetFileById::new(self.client, file_id)
    }

    /// Update file
    ///
    /// Updates a file. This can be used to rename or move a file,
    /// create a shared link, or lock a file.
    ///
    /// `PUT /files/{file_id}`
    #[inline]
    pub fn update_file_by_id(&self, file_id: impl AsRef<str>) -> UpdateFileById<'a> {
        UpdateFileById::new(self.client, file_id)
    }

    /// Delete file
    ///
    /// Deletes a file, either permanently or by moving it to
    /// the trash.
    ///
    /// The enterprise settings determine whether the item will
    /// be permanently deleted from Box or moved to the trash.
    ///
    /// `DELETE /files/{file_id}`
    #[inline]
    pub fn delete_file_by_id(&self, file_id: impl AsRef<str>) -> DeleteFileById<'a> {
        DeleteFileById::new(self.client, file_id)
    }

    /// Copy file
    ///
    /// Creates a copy of a file.
    ///
    /// `POST /files/{file_id}/copy`
    #[inline]
    pub fn copy_file(&self, file_id: impl AsRef<str>, parent: CopyFileParent) -> CopyFile<'a> {
        CopyFile::new(self.client, file_id, parent)
    }

    /// Get file thumbnail
    ///
    /// Retrieves a thumbnail, or smaller image representation, of a file.
    ///
    /// Sizes of `32x32`,`64x64`, `128x128`, and `256x256` can be returned in
    /// the `.png` format and sizes of `32x32`, `160x160`, and `320x320`
    /// can be returned in the `.jpg` format.
    ///
    /// Thumbnails can be generated for the image and video file formats listed
    /// \[found on our community site\]\[1\].
    ///
    /// \[1\]: <https://community.box.com/t5/Migrating-and-Previewing-Content/File-Types-and-Fonts-Supported-in-Box-Content-Preview/ta-p/327>
    ///
    /// `GET /files/{file_id}/thumbnail.{extension}`
    #[inline]
    pub fn get_file_thumbnail_by_id(
        &self,
        file_id: impl AsRef<str>,
        extension: GetFileThumbnailByIdExtension,
    ) -> GetFileThumbnailById<'a> {
        GetFileThumbnailById::new(self.client, file_id, extension)
    }
}

/// Request builder for [`FilesManager::get_file_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileById<'a> {
    call: Call<'a>,
}

impl<'a> GetFileById<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id",
            method: reqwest::Method::GET,
            path: "/files/{file_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Code(415), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
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
    ///
    /// Additionally this field can be used to query any metadata
    /// applied to the file by specifying the `metadata` field as well
    /// as the scope and key of the template to retrieve, for example
    /// `?fields=metadata.enterprise_12345.contractTemplate`.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// Ensures an item is only returned if it has changed.
    ///
    /// Pass in the item's last observed `etag` value
    /// into this header and the endpoint will fail
    /// with a `304 Not Modified` if the item has not
    /// changed since.
    #[inline]
    pub fn if_none_match(mut self, if_none_match: impl AsRef<str>) -> Self {
        self.call.header("if-none-match", if_none_match.as_ref());
        self
    }

    /// The URL, and optional password, for the shared link of this item.
    ///
    /// This header can be used to access items that have not been
    /// explicitly shared with a user.
    ///
    /// Use the format `shared_link=[link]` or if a password is required then
    /// use `shared_link=[link]&shared_link_password=[password]`.
    ///
    /// This header can be used on the file or folder shared, as well as on any files
    /// or folders nested within the item.
    #[inline]
    pub fn boxapi(mut self, boxapi: impl AsRef<str>) -> Self {
        self.call.header("boxapi", boxapi.as_ref());
        self
    }

    /// A header required to request specific `representations`
    /// of a file. Use this in combination with the `fields` query
    /// parameter to request a specific file representation.
    ///
    /// The general format for these representations is
    /// `X-Rep-Hints: [...]` where `[...]` is one or many
    /// hints in the format `[fileType?query]`.
    ///
    /// For example, to request a `png` representation in `32x32`
    /// as well as `64x64` pixel dimensions provide the following
    /// hints.
    ///
    /// `x-rep-hints: [jpg?dimensions=32x32][jpg?dimensions=64x64]`
    ///
    /// Additionally, a `text` representation is available for all
    /// document file types in Box using the `[extracted_text]`
    /// representation.
    ///
    /// `x-rep-hints: [extracted_text]`.
    #[inline]
    pub fn x_rep_hints(mut self, x_rep_hints: impl AsRef<str>) -> Self {
        self.call.header("x-rep-hints", x_rep_hints.as_ref());
        self
    }
}

request_builder!(runtime, GetFileById => json FileFull);

/// Request builder for [`FilesManager::update_file_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFileById<'a> {
    call: Call<'a>,
    body: UpdateFileByIdRequestBody,
}

impl<'a> UpdateFileById<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_files_id",
            method: reqwest::Method::PUT,
            path: "/files/{file_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Code(412), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self {
            call,
            body: UpdateFileByIdRequestBody {
                name: None,
                description: None,
                parent: None,
                shared_link: None,
                lock: None,
                disposition_at: None,
                permissions: None,
                collections: None,
                tags: None,
            },
        }
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

    /// Ensures this item hasn't recently changed before
    /// making changes.
    ///
    /// Pass in the item's last observed `etag` value
    /// into this header and the endpoint will fail
    /// with a `412 Precondition Failed` if it
    /// has changed since.
    #[inline]
    pub fn if_match(mut self, if_match: impl AsRef<str>) -> Self {
        self.call.header("if-match", if_match.as_ref());
        self
    }

    /// An optional different name for the file. This can be used to
    /// rename the file.
    ///
    /// File names must be unique within their parent folder. The name check is case-insensitive, so a file
    /// named `New File` cannot be created in a parent folder that already contains a folder named `new file`.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// The description for a file. This can be seen in the right-hand sidebar panel
    /// when viewing a file in the Box web app. Additionally, this index is used in
    /// the search index of the file, allowing users to find the file by the content
    /// in the description.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// The `parent` property, which the spec does not describe (`#/paths/~1files~1{file_id}/put/requestBody/content/application~1json/schema/properties/parent`).
    #[inline]
    pub fn parent(mut self, parent: UpdateFileByIdParent) -> Self {
        self.body.parent = Some(parent);
        self
    }

    /// The `shared_link` property, which the spec does not describe (`#/paths/~1files~1{file_id}/put/requestBody/content/application~1json/schema/properties/shared_link`).
    #[inline]
    pub fn shared_link(mut self, shared_link: Option<UpdateFileByIdSharedLink>) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }

    /// Defines a lock on an item. This prevents the item from being
    /// moved, renamed, or otherwise changed by anyone other than the user
    /// who created the lock.
    ///
    /// Set this to `null` to remove the lock.
    #[inline]
    pub fn lock(mut self, lock: Option<UpdateFileByIdLock>) -> Self {
        self.body.lock = Some(lock);
        self
    }

    /// The retention expiration timestamp for the given file. This
    /// date cannot be shortened once set on a file.
    #[inline]
    pub fn disposition_at(mut self, disposition_at: chrono::DateTime<chrono::Utc>) -> Self {
        self.body.disposition_at = Some(disposition_at);
        self
    }

    /// Defines who can download a file.
    #[inline]
    pub fn permissions(mut self, permissions: UpdateFileByIdPermissions) -> Self {
        self.body.permissions = Some(permissions);
        self
    }

    /// An array of collections to make this file
    /// a member of. Currently
    /// we only support the `favorites` collection.
    ///
    /// To get the ID for a collection, use the
    /// \[List all collections\]\[1\] endpoint.
    ///
    /// Passing an empty array `[]` or `null` will remove
    /// the file from all collections.
    ///
    /// \[1\]: <https://developer.box.com/reference/get-collections>
    #[inline]
    pub fn collections(mut self, collections: Option<Vec<UpdateFileByIdCollections>>) -> Self {
        self.body.collections = Some(collections);
        self
    }

    /// The tags for this item. These tags are shown in
    /// the Box web app and mobile apps next to an item.
    ///
    /// To add or remove a tag, retrieve the item's current tags,
    /// modify them, and then update this field.
    ///
    /// There is a limit of 100 tags per item, and 10,000
    /// unique tags per enterprise.
    #[inline]
    pub fn tags(mut self, tags: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.body.tags = Some(tags.into_iter().map(Into::into).collect());
        self
    }
}

request_builder!(runtime, UpdateFileById(body) => json FileFull);

/// Request builder for [`FilesManager::delete_file_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFileById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteFileById<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_files_id",
            method: reqwest::Method::DELETE,
            path: "/files/{file_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Code(412), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call }
    }

    /// Ensures this item hasn't recently changed before
    /// making changes.
    ///
    /// Pass in the item's last observed `etag` value
    /// into this header and the endpoint will fail
    /// with a `412 Precondition Failed` if it
    /// has changed since.
    #[inline]
    pub fn if_match(mut self, if_match: impl AsRef<str>) -> Self {
        self.call.header("if-match", if_match.as_ref());
        self
    }
}

request_builder!(runtime, DeleteFileById => empty);

/// Request builder for [`FilesManager::copy_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CopyFile<'a> {
    call: Call<'a>,
    body: CopyFileRequestBody,
}

impl<'a> CopyFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, parent: CopyFileParent) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_id_copy",
            method: reqwest::Method::POST,
            path: "/files/{file_id}/copy",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call, body: CopyFileRequestBody { name: None, version: None, parent } }
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

    /// An optional new name for the copied file.
    ///
    /// There are some restrictions to the file name. Names containing
    /// non-printable ASCII characters, forward and backward slashes
    /// (`/`, `\`), and protected names like `.` and `..` are
    /// automatically sanitized by removing the non-allowed
    /// characters.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// An optional ID of the specific file version to copy.
    #[inline]
    pub fn version(mut self, version: impl Into<String>) -> Self {
        self.body.version = Some(version.into());
        self
    }
}

request_builder!(runtime, CopyFile(body) => json FileFull);

/// Request builder for [`FilesManager::get_file_thumbnail_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileThumbnailById<'a> {
    call: Call<'a>,
}

impl<'a> GetFileThumbnailById<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, extension: GetFileThumbnailByIdExtension) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_thumbnail_id",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/thumbnail.{extension}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("image/jpg, image/png, application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        call.path("extension", &extension);
        Self { call }
    }

    /// The minimum height of the thumbnail.
    #[inline]
    pub fn min_height(mut self, min_height: i64) -> Self {
        self.call.query("min_height", &min_height);
        self
    }

    /// The minimum width of the thumbnail.
    #[inline]
    pub fn min_width(mut self, min_width: i64) -> Self {
        self.call.query("min_width", &min_width);
        self
    }

    /// The maximum height of the thumbnail.
    #[inline]
    pub fn max_height(mut self, max_height: i64) -> Self {
        self.call.query("max_height", &max_height);
        self
    }

    /// The maximum width of the thumbnail.
    #[inline]
    pub fn max_width(mut self, max_width: i64) -> Self {
        self.call.query("max_width", &max_width);
        self
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(self) -> impl std::future::Future<Output = Result<Download, Error>> + 'a {
        self.into_call().send_streaming()
    }
}

request_builder!(runtime, GetFileThumbnailById => outcomes GetFileThumbnailByIdResponse);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFileByIdRequestBody {
    /// An optional different name for the file. This can be used to
    /// rename the file.
    ///
    /// File names must be unique within their parent folder. The name check is case-insensitive, so a file
    /// named `New File` cannot be created in a parent folder that already contains a folder named `new file`.
    pub name: Option<String>,
    /// The description for a file. This can be seen in the right-hand sidebar panel
    /// when viewing a file in the Box web app. Additionally, this index is used in
    /// the search index of the file, allowing users to find the file by the content
    /// in the description.
    pub description: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/paths/~1files~1{file_id}/put/requestBody/content/application~1json/schema/properties/parent`).
    pub parent: Option<UpdateFileByIdParent>,
    /// The `shared_link` property, which the spec does not describe (`#/paths/~1files~1{file_id}/put/requestBody/content/application~1json/schema/properties/shared_link`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub shared_link: Option<Option<UpdateFileByIdSharedLink>>,
    /// Defines a lock on an item. This prevents the item from being
    /// moved, renamed, or otherwise changed by anyone other than the user
    /// who created the lock.
    ///
    /// Set this to `null` to remove the lock.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub lock: Option<Option<UpdateFileByIdLock>>,
    /// The retention expiration timestamp for the given file. This
    /// date cannot be shortened once set on a file.
    pub disposition_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines who can download a file.
    pub permissions: Option<UpdateFileByIdPermissions>,
    /// An array of collections to make this file
    /// a member of. Currently
    /// we only support the `favorites` collection.
    ///
    /// To get the ID for a collection, use the
    /// \[List all collections\]\[1\] endpoint.
    ///
    /// Passing an empty array `[]` or `null` will remove
    /// the file from all collections.
    ///
    /// \[1\]: <https://developer.box.com/reference/get-collections>
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub collections: Option<Option<Vec<UpdateFileByIdCollections>>>,
    /// The tags for this item. These tags are shown in
    /// the Box web app and mobile apps next to an item.
    ///
    /// To add or remove a tag, retrieve the item's current tags,
    /// modify them, and then update this field.
    ///
    /// There is a limit of 100 tags per item, and 10,000
    /// unique tags per enterprise.
    pub tags: Option<Vec<String>>,
}

serialize_struct!(
    runtime,
    UpdateFileByIdRequestBody {
        name: optional("name"),
        description: optional("description"),
        parent: optional("parent"),
        shared_link: nullable("shared_link"),
        lock: nullable("lock"),
        disposition_at: optional("disposition_at"),
        permissions: optional("permissions"),
        collections: nullable("collections"),
        tags: optional("tags")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileByIdRequestBody {
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description"),
        parent: optional::<Option<UpdateFileByIdParent>>("parent"),
        shared_link: nullable::<Option<UpdateFileByIdSharedLink>>("shared_link"),
        lock: nullable::<Option<UpdateFileByIdLock>>("lock"),
        disposition_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("disposition_at"),
        permissions: optional::<Option<UpdateFileByIdPermissions>>("permissions"),
        collections: nullable::<Option<Vec<UpdateFileByIdCollections>>>("collections"),
        tags: optional::<Option<Vec<String>>>("tags")
    }
);

/// The parent for this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFileByIdParent {
    /// The ID of parent item.
    pub id: Option<String>,
    /// The input for `user_id` is optional. Moving to non-root folder is not allowed when `user_id` is present. Parent folder id should be zero when `user_id` is provided.
    pub user_id: Option<String>,
}

serialize_struct!(runtime, UpdateFileByIdParent { id: optional("id"), user_id: optional("user_id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileByIdParent { id: optional::<Option<String>>("id"), user_id: optional::<Option<String>>("user_id") }
);

/// Defines a shared link for an item. Set this to `null` to remove
/// the shared link.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFileByIdSharedLink {
    /// The level of access for the shared link. This can be
    /// restricted to anyone with the link (`open`), only people
    /// within the company (`company`) and only those who
    /// have been invited to the folder (`collaborators`).
    ///
    /// If not set, this field defaults to the access level specified
    /// by the enterprise admin. To create a shared link with this
    /// default setting pass the `shared_link` object with
    /// no `access` field, for example `{ "shared_link": {} }`.
    ///
    /// The `company` access level is only available to paid
    /// accounts.
    pub access: Option<UpdateFileByIdSharedLinkAccessField>,
    /// The password required to access the shared link. Set the
    /// password to `null` to remove it.
    /// Passwords must now be at least eight characters
    /// long and include a number, upper case letter, or
    /// a non-numeric or non-alphabetic character.
    /// A password can only be set when `access` is set to `open`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub password: Option<Option<String>>,
    /// Defines a custom vanity name to use in the shared link URL,
    /// for example `https://app.box.com/v/my-shared-link`.
    ///
    /// Custom URLs should not be used when sharing sensitive content
    /// as vanity URLs are a lot easier to guess than regular shared links.
    pub vanity_name: Option<String>,
    /// The timestamp at which this shared link will
    /// expire. This field can only be set by
    /// users with paid accounts.
    pub unshared_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `permissions` property, which the spec does not describe (`#/paths/~1files~1{file_id}/put/requestBody/content/application~1json/schema/properties/shared_link/allOf/0/properties/permissions`).
    pub permissions: Option<UpdateFileByIdSharedLinkPermissionsField>,
}

serialize_struct!(
    runtime,
    UpdateFileByIdSharedLink {
        access: optional("access"),
        password: nullable("password"),
        vanity_name: optional("vanity_name"),
        unshared_at: optional("unshared_at"),
        permissions: optional("permissions")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileByIdSharedLink {
        access: optional::<Option<UpdateFileByIdSharedLinkAccessField>>("access"),
        password: nullable::<Option<String>>("password"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        permissions: optional::<Option<UpdateFileByIdSharedLinkPermissionsField>>("permissions")
    }
);

/// The level of access for the shared link. This can be
/// restricted to anyone with the link (`open`), only people
/// within the company (`company`) and only those who
/// have been invited to the folder (`collaborators`).
///
/// If not set, this field defaults to the access level specified
/// by the enterprise admin. To create a shared link with this
/// default setting pass the `shared_link` object with
/// no `access` field, for example `{ "shared_link": {} }`.
///
/// The `company` access level is only available to paid
/// accounts.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFileByIdSharedLinkAccessField {
    /// `open`
    Open,
    /// `company`
    Company,
    /// `collaborators`
    Collaborators,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateFileByIdSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}/put/requestBody/content/application~1json/schema/properties/shared_link/allOf/0/properties/permissions`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFileByIdSharedLinkPermissionsField {
    /// If the shared link allows for downloading of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    pub can_download: Option<bool>,
}

serialize_struct!(runtime, UpdateFileByIdSharedLinkPermissionsField { can_download: optional("can_download") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileByIdSharedLinkPermissionsField { can_download: optional::<Option<bool>>("can_download") }
);

/// Defines a lock on an item. This prevents the item from being
/// moved, renamed, or otherwise changed by anyone other than the user
/// who created the lock.
///
/// Set this to `null` to remove the lock.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFileByIdLock {
    /// The type of this object.
    pub access: Option<UpdateFileByIdLockAccessField>,
    /// Defines the time at which the lock expires.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines if the file can be downloaded while it is locked.
    pub is_download_prevented: Option<bool>,
}

serialize_struct!(
    runtime,
    UpdateFileByIdLock {
        access: optional("access"),
        expires_at: optional("expires_at"),
        is_download_prevented: optional("is_download_prevented")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileByIdLock {
        access: optional::<Option<UpdateFileByIdLockAccessField>>("access"),
        expires_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("expires_at"),
        is_download_prevented: optional::<Option<bool>>("is_download_prevented")
    }
);

/// The type of this object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFileByIdLockAccessField {
    /// `lock`
    Lock,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateFileByIdLockAccessField, Unknown, Lock = "lock");

/// Defines who can download a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFileByIdPermissions {
    /// Defines who is allowed to download this file. The possible
    /// values are either `open` for everyone or `company` for
    /// the other members of the user's enterprise.
    ///
    /// This setting overrides the download permissions that are
    /// normally part of the `role` of a collaboration. When set to
    /// `company`, this essentially removes the download option for
    /// external users with `viewer` or `editor` a roles.
    pub can_download: Option<UpdateFileByIdPermissionsCanDownloadField>,
}

serialize_struct!(runtime, UpdateFileByIdPermissions { can_download: optional("can_download") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileByIdPermissions {
        can_download: optional::<Option<UpdateFileByIdPermissionsCanDownloadField>>("can_download")
    }
);

/// Defines who is allowed to download this file. The possible
/// values are either `open` for everyone or `company` for
/// the other members of the user's enterprise.
///
/// This setting overrides the download permissions that are
/// normally part of the `role` of a collaboration. When set to
/// `company`, this essentially removes the download option for
/// external users with `viewer` or `editor` a roles.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFileByIdPermissionsCanDownloadField {
    /// `open`
    Open,
    /// `company`
    Company,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateFileByIdPermissionsCanDownloadField, Unknown, Open = "open", Company = "company");

/// Reference
///
/// The bare basic reference for an object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFileByIdCollections {
    /// The unique identifier for this object.
    pub id: Option<String>,
    /// The type for this object.
    pub r#type: Option<String>,
}

serialize_struct!(runtime, UpdateFileByIdCollections { id: optional("id"), r#type: optional("type") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileByIdCollections { id: optional::<Option<String>>("id"), r#type: optional::<Option<String>>("type") }
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1copy/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CopyFileRequestBody {
    /// An optional new name for the copied file.
    ///
    /// There are some restrictions to the file name. Names containing
    /// non-printable ASCII characters, forward and backward slashes
    /// (`/`, `\`), and protected names like `.` and `..` are
    /// automatically sanitized by removing the non-allowed
    /// characters.
    pub name: Option<String>,
    /// An optional ID of the specific file version to copy.
    pub version: Option<String>,
    /// The destination folder to copy the file to.
    pub parent: CopyFileParent,
}

serialize_struct!(
    runtime,
    CopyFileRequestBody { name: optional("name"), version: optional("version"), parent: required("parent") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CopyFileRequestBody {
        name: optional::<Option<String>>("name"),
        version: optional::<Option<String>>("version"),
        parent: required::<CopyFileParent>("parent")
    }
);

/// The destination folder to copy the file to.
#[derive(Clone, Debug, PartialEq)]
pub struct CopyFileParent {
    /// The ID of folder to copy the file to.
    pub id: String,
}

serialize_struct!(runtime, CopyFileParent { id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, CopyFileParent { id: required::<String>("id") });

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1thumbnail.{extension}/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFileThumbnailByIdExtension {
    /// `png`
    Png,
    /// `jpg`
    Jpg,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetFileThumbnailByIdExtension, Unknown, Png = "png", Jpg = "jpg");

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetFileThumbnailByIdResponse {
    /// HTTP 200: When a thumbnail can be created the thumbnail data will be
    /// returned in the body of the response.
    Ok(bytes::Bytes),
    /// HTTP 202: Sometimes generating a thumbnail can take a few seconds. In these
    /// situations the API returns a `Location`-header pointing to a
    /// placeholder graphic for this file type.
    ///
    /// The placeholder graphic can be used in a user interface until the
    /// thumbnail generation has completed. The `Retry-After`-header indicates
    /// when to the thumbnail will be ready. At that time, retry this endpoint
    /// to retrieve the thumbnail.
    Accepted,
}

impl GetFileThumbnailByIdResponse {
    fn decode(response: &RawResponse) -> Result<Self, Error> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok(response.body.clone())),
            202 => Ok(Self::Accepted),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}
