// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shared_links_files` operations: [`SharedLinksFilesManager`] and one request builder per operation.

use crate::models::{ClientError, FileFull};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::shared_links_files`](crate::Client::shared_links_files) or [`SharedLinksFilesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SharedLinksFilesManager<'a> {
    client: &'a Client,
}

impl<'a> SharedLinksFilesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Find file for shared link
    ///
    /// Returns the file represented by a shared link.
    ///
    /// A shared file can be represented by a shared link,
    /// which can originate within the current enterprise or within another.
    ///
    /// This endpoint allows an application to retrieve information about a
    /// shared file when only given a shared link.
    ///
    /// The `shared_link_permission_options` array field can be returned
    /// by requesting it in the `fields` query parameter.
    ///
    /// `GET /shared_items`
    #[inline]
    pub fn find_file_for_shared_link(&self, boxapi: impl AsRef<str>) -> FindFileForSharedLink<'a> {
        FindFileForSharedLink::new(self.client, boxapi)
    }

    /// Get shared link for file
    ///
    /// Gets the information for a shared link on a file.
    ///
    /// `GET /files/{file_id}`
    #[inline]
    pub fn get_shared_link_for_file(
        &self,
        file_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> GetSharedLinkForFile<'a> {
        GetSharedLinkForFile::new(self.client, file_id, fields)
    }

    /// Add shared link to file
    ///
    /// Adds a shared link to a file.
    ///
    /// `PUT /files/{file_id}`
    #[inline]
    pub fn add_share_link_to_file(&self, file_id: impl AsRef<str>, fields: impl AsRef<str>) -> AddShareLinkToFile<'a> {
        AddShareLinkToFile::new(self.client, file_id, fields)
    }

    /// Update shared link on file
    ///
    /// Updates a shared link on a file.
    ///
    /// `PUT /files/{file_id}`
    #[inline]
    pub fn update_shared_link_on_file(
        &self,
        file_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> UpdateSharedLinkOnFile<'a> {
        UpdateSharedLinkOnFile::new(self.client, file_id, fields)
    }

    /// Remove shared link from file
    ///
    /// Removes a shared link from a file.
    ///
    /// `PUT /files/{file_id}`
    #[inline]
    pub fn remove_shared_link_from_file(
        &self,
        file_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> RemoveSharedLinkFromFile<'a> {
        RemoveSharedLinkFromFile::new(self.client, file_id, fields)
    }
}

/// Request builder for [`SharedLinksFilesManager::find_file_for_shared_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct FindFileForSharedLink<'a> {
    call: Call<'a>,
}

impl<'a> FindFileForSharedLink<'a> {
    #[inline]
    fn new(client: &'a Client, boxapi: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shared_items",
            method: reqwest::Method::GET,
            path: "/shared_items",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.header("boxapi", boxapi.as_ref());
        Self { call }
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

request_builder!(runtime, FindFileForSharedLink => json FileFull);

/// Request builder for [`SharedLinksFilesManager::get_shared_link_for_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSharedLinkForFile<'a> {
    call: Call<'a>,
}

impl<'a> GetSharedLinkForFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id#get_shared_link",
            method: reqwest::Method::GET,
            path: "/files/{file_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetSharedLinkForFile => json FileFull);

/// Request builder for [`SharedLinksFilesManager::add_share_link_to_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AddShareLinkToFile<'a> {
    call: Call<'a>,
    body: AddShareLinkToFileRequestBody,
}

impl<'a> AddShareLinkToFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_files_id#add_shared_link",
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
        call.query("fields", fields.as_ref());
        Self { call, body: AddShareLinkToFileRequestBody { shared_link: None } }
    }

    /// The settings for the shared link to create on the file.
    /// Use an empty object (`{}`) to use the default settings for shared
    /// links.
    #[inline]
    pub fn shared_link(mut self, shared_link: AddShareLinkToFileSharedLink) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }
}

request_builder!(runtime, AddShareLinkToFile(body) => json FileFull);

/// Request builder for [`SharedLinksFilesManager::update_shared_link_on_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateSharedLinkOnFile<'a> {
    call: Call<'a>,
    body: UpdateSharedLinkOnFileRequestBody,
}

impl<'a> UpdateSharedLinkOnFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_files_id#update_shared_link",
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
        call.query("fields", fields.as_ref());
        Self { call, body: UpdateSharedLinkOnFileRequestBody { shared_link: None } }
    }

    /// The settings for the shared link to update.
    #[inline]
    pub fn shared_link(mut self, shared_link: UpdateSharedLinkOnFileSharedLink) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }
}

request_builder!(runtime, UpdateSharedLinkOnFile(body) => json FileFull);

/// Request builder for [`SharedLinksFilesManager::remove_shared_link_from_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RemoveSharedLinkFromFile<'a> {
    call: Call<'a>,
    body: RemoveSharedLinkFromFileRequestBody,
}

impl<'a> RemoveSharedLinkFromFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_files_id#remove_shared_link",
            method: reqwest::Method::PUT,
            path: "/files/{file_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
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
        call.query("fields", fields.as_ref());
        Self { call, body: RemoveSharedLinkFromFileRequestBody { shared_link: None } }
    }

    /// By setting this value to `null`, the shared link
    /// is removed from the file.
    #[inline]
    pub fn shared_link(mut self, shared_link: Option<serde_json::Map<String, serde_json::Value>>) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }
}

request_builder!(runtime, RemoveSharedLinkFromFile(body) => json FileFull);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}#add_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddShareLinkToFileRequestBody {
    /// The settings for the shared link to create on the file.
    /// Use an empty object (`{}`) to use the default settings for shared
    /// links.
    pub shared_link: Option<AddShareLinkToFileSharedLink>,
}

serialize_struct!(runtime, AddShareLinkToFileRequestBody { shared_link: optional("shared_link") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddShareLinkToFileRequestBody { shared_link: optional::<Option<AddShareLinkToFileSharedLink>>("shared_link") }
);

/// The settings for the shared link to create on the file.
/// Use an empty object (`{}`) to use the default settings for shared
/// links.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddShareLinkToFileSharedLink {
    /// The level of access for the shared link. This can be
    /// restricted to anyone with the link (`open`), only people
    /// within the company (`company`) and only those who
    /// have been invited to the file (`collaborators`).
    ///
    /// If not set, this field defaults to the access level specified
    /// by the enterprise admin. To create a shared link with this
    /// default setting pass the `shared_link` object with
    /// no `access` field, for example `{ "shared_link": {} }`.
    ///
    /// The `company` access level is only available to paid
    /// accounts.
    pub access: Option<AddShareLinkToFileSharedLinkAccessField>,
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
    /// as vanity URLs are a lot easier to guess than regular shared
    /// links.
    pub vanity_name: Option<String>,
    /// The timestamp at which this shared link will
    /// expire. This field can only be set by
    /// users with paid accounts. The value must be greater than the
    /// current date and time.
    pub unshared_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `permissions` property, which the spec does not describe (`#/paths/~1files~1{file_id}#add_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
    pub permissions: Option<AddShareLinkToFileSharedLinkPermissionsField>,
}

serialize_struct!(
    runtime,
    AddShareLinkToFileSharedLink {
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
    AddShareLinkToFileSharedLink {
        access: optional::<Option<AddShareLinkToFileSharedLinkAccessField>>("access"),
        password: nullable::<Option<String>>("password"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        permissions: optional::<Option<AddShareLinkToFileSharedLinkPermissionsField>>("permissions")
    }
);

/// The level of access for the shared link. This can be
/// restricted to anyone with the link (`open`), only people
/// within the company (`company`) and only those who
/// have been invited to the file (`collaborators`).
///
/// If not set, this field defaults to the access level specified
/// by the enterprise admin. To create a shared link with this
/// default setting pass the `shared_link` object with
/// no `access` field, for example `{ "shared_link": {} }`.
///
/// The `company` access level is only available to paid
/// accounts.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddShareLinkToFileSharedLinkAccessField {
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
    AddShareLinkToFileSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}#add_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddShareLinkToFileSharedLinkPermissionsField {
    /// If the shared link allows for downloading of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    pub can_download: Option<bool>,
    /// If the shared link allows for previewing of files.
    /// This value is always `true`. For shared links on folders
    /// this also applies to any items in the folder.
    pub can_preview: Option<bool>,
    /// If the shared link allows for editing of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    /// This value can only be `true` is `can_download` is
    /// also `true`.
    pub can_edit: Option<bool>,
}

serialize_struct!(
    runtime,
    AddShareLinkToFileSharedLinkPermissionsField {
        can_download: optional("can_download"),
        can_preview: optional("can_preview"),
        can_edit: optional("can_edit")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddShareLinkToFileSharedLinkPermissionsField {
        can_download: optional::<Option<bool>>("can_download"),
        can_preview: optional::<Option<bool>>("can_preview"),
        can_edit: optional::<Option<bool>>("can_edit")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}#update_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateSharedLinkOnFileRequestBody {
    /// The settings for the shared link to update.
    pub shared_link: Option<UpdateSharedLinkOnFileSharedLink>,
}

serialize_struct!(runtime, UpdateSharedLinkOnFileRequestBody { shared_link: optional("shared_link") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateSharedLinkOnFileRequestBody {
        shared_link: optional::<Option<UpdateSharedLinkOnFileSharedLink>>("shared_link")
    }
);

/// The settings for the shared link to update.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateSharedLinkOnFileSharedLink {
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
    pub access: Option<UpdateSharedLinkOnFileSharedLinkAccessField>,
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
    /// as vanity URLs are a lot easier to guess than regular shared
    /// links.
    pub vanity_name: Option<String>,
    /// The timestamp at which this shared link will
    /// expire. This field can only be set by
    /// users with paid accounts. The value must be greater than the
    /// current date and time.
    pub unshared_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `permissions` property, which the spec does not describe (`#/paths/~1files~1{file_id}#update_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
    pub permissions: Option<UpdateSharedLinkOnFileSharedLinkPermissionsField>,
}

serialize_struct!(
    runtime,
    UpdateSharedLinkOnFileSharedLink {
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
    UpdateSharedLinkOnFileSharedLink {
        access: optional::<Option<UpdateSharedLinkOnFileSharedLinkAccessField>>("access"),
        password: nullable::<Option<String>>("password"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        permissions: optional::<Option<UpdateSharedLinkOnFileSharedLinkPermissionsField>>("permissions")
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
pub enum UpdateSharedLinkOnFileSharedLinkAccessField {
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
    UpdateSharedLinkOnFileSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}#update_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateSharedLinkOnFileSharedLinkPermissionsField {
    /// If the shared link allows for downloading of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    pub can_download: Option<bool>,
    /// If the shared link allows for previewing of files.
    /// This value is always `true`. For shared links on folders
    /// this also applies to any items in the folder.
    pub can_preview: Option<bool>,
    /// If the shared link allows for editing of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    /// This value can only be `true` is `can_download` is
    /// also `true`.
    pub can_edit: Option<bool>,
}

serialize_struct!(
    runtime,
    UpdateSharedLinkOnFileSharedLinkPermissionsField {
        can_download: optional("can_download"),
        can_preview: optional("can_preview"),
        can_edit: optional("can_edit")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateSharedLinkOnFileSharedLinkPermissionsField {
        can_download: optional::<Option<bool>>("can_download"),
        can_preview: optional::<Option<bool>>("can_preview"),
        can_edit: optional::<Option<bool>>("can_edit")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}#remove_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RemoveSharedLinkFromFileRequestBody {
    /// By setting this value to `null`, the shared link
    /// is removed from the file.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub shared_link: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}

serialize_struct!(runtime, RemoveSharedLinkFromFileRequestBody { shared_link: nullable("shared_link") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RemoveSharedLinkFromFileRequestBody {
        shared_link: nullable::<Option<serde_json::Map<String, serde_json::Value>>>("shared_link")
    }
);
