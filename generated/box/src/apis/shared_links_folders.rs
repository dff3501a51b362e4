// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shared_links_folders` operations: [`SharedLinksFoldersManager`] and one request builder per operation.

use crate::models::{ClientError, FolderFull};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::shared_links_folders`](crate::Client::shared_links_folders) or [`SharedLinksFoldersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SharedLinksFoldersManager<'a> {
    client: &'a Client,
}

impl<'a> SharedLinksFoldersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Find folder for shared link
    ///
    /// Return the folder represented by a shared link.
    ///
    /// A shared folder can be represented by a shared link,
    /// which can originate within the current enterprise or within another.
    ///
    /// This endpoint allows an application to retrieve information about a
    /// shared folder when only given a shared link.
    ///
    /// `GET /shared_items`
    #[inline]
    pub fn find_folder_for_shared_link(&self, boxapi: impl AsRef<str>) -> FindFolderForSharedLink<'a> {
        FindFolderForSharedLink::new(self.client, boxapi)
    }

    /// Get shared link for folder
    ///
    /// Gets the information for a shared link on a folder.
    ///
    /// `GET /folders/{folder_id}`
    #[inline]
    pub fn get_shared_link_for_folder(
        &self,
        folder_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> GetSharedLinkForFolder<'a> {
        GetSharedLinkForFolder::new(self.client, folder_id, fields)
    }

    /// Add shared link to folder
    ///
    /// Adds a shared link to a folder.
    ///
    /// `PUT /folders/{folder_id}`
    #[inline]
    pub fn add_share_link_to_folder(
        &self,
        folder_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> AddShareLinkToFolder<'a> {
        AddShareLinkToFolder::new(self.client, folder_id, fields)
    }

    /// Update shared link on folder
    ///
    /// Updates a shared link on a folder.
    ///
    /// `PUT /folders/{folder_id}`
    #[inline]
    pub fn update_shared_link_on_folder(
        &self,
        folder_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> UpdateSharedLinkOnFolder<'a> {
        UpdateSharedLinkOnFolder::new(self.client, folder_id, fields)
    }

    /// Remove shared link from folder
    ///
    /// Removes a shared link from a folder.
    ///
    /// `PUT /folders/{folder_id}`
    #[inline]
    pub fn remove_shared_link_from_folder(
        &self,
        folder_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> RemoveSharedLinkFromFolder<'a> {
        RemoveSharedLinkFromFolder::new(self.client, folder_id, fields)
    }
}

/// Request builder for [`SharedLinksFoldersManager::find_folder_for_shared_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct FindFolderForSharedLink<'a> {
    call: Call<'a>,
}

impl<'a> FindFolderForSharedLink<'a> {
    #[inline]
    fn new(client: &'a Client, boxapi: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shared_items#folders",
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

request_builder!(runtime, FindFolderForSharedLink => json FolderFull);

/// Request builder for [`SharedLinksFoldersManager::get_shared_link_for_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSharedLinkForFolder<'a> {
    call: Call<'a>,
}

impl<'a> GetSharedLinkForFolder<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_id#get_shared_link",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}",
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
        call.path("folder_id", folder_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetSharedLinkForFolder => json FolderFull);

/// Request builder for [`SharedLinksFoldersManager::add_share_link_to_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AddShareLinkToFolder<'a> {
    call: Call<'a>,
    body: AddShareLinkToFolderRequestBody,
}

impl<'a> AddShareLinkToFolder<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_folders_id#add_shared_link",
            method: reqwest::Method::PUT,
            path: "/folders/{folder_id}",
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
        call.path("folder_id", folder_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call, body: AddShareLinkToFolderRequestBody { shared_link: None } }
    }

    /// The settings for the shared link to create on the folder.
    ///
    /// Use an empty object (`{}`) to use the default settings for shared
    /// links.
    #[inline]
    pub fn shared_link(mut self, shared_link: AddShareLinkToFolderSharedLink) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }
}

request_builder!(runtime, AddShareLinkToFolder(body) => json FolderFull);

/// Request builder for [`SharedLinksFoldersManager::update_shared_link_on_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateSharedLinkOnFolder<'a> {
    call: Call<'a>,
    body: UpdateSharedLinkOnFolderRequestBody,
}

impl<'a> UpdateSharedLinkOnFolder<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_folders_id#update_shared_link",
            method: reqwest::Method::PUT,
            path: "/folders/{folder_id}",
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
        call.path("folder_id", folder_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call, body: UpdateSharedLinkOnFolderRequestBody { shared_link: None } }
    }

    /// The settings for the shared link to update.
    #[inline]
    pub fn shared_link(mut self, shared_link: UpdateSharedLinkOnFolderSharedLink) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }
}

request_builder!(runtime, UpdateSharedLinkOnFolder(body) => json FolderFull);

/// Request builder for [`SharedLinksFoldersManager::remove_shared_link_from_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RemoveSharedLinkFromFolder<'a> {
    call: Call<'a>,
    body: RemoveSharedLinkFromFolderRequestBody,
}

impl<'a> RemoveSharedLinkFromFolder<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_folders_id#remove_shared_link",
            method: reqwest::Method::PUT,
            path: "/folders/{folder_id}",
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
        call.path("folder_id", folder_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call, body: RemoveSharedLinkFromFolderRequestBody { shared_link: None } }
    }

    /// By setting this value to `null`, the shared link
    /// is removed from the folder.
    #[inline]
    pub fn shared_link(mut self, shared_link: Option<serde_json::Map<String, serde_json::Value>>) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }
}

request_builder!(runtime, RemoveSharedLinkFromFolder(body) => json FolderFull);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}#add_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddShareLinkToFolderRequestBody {
    /// The settings for the shared link to create on the folder.
    ///
    /// Use an empty object (`{}`) to use the default settings for shared
    /// links.
    pub shared_link: Option<AddShareLinkToFolderSharedLink>,
}

serialize_struct!(runtime, AddShareLinkToFolderRequestBody { shared_link: optional("shared_link") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddShareLinkToFolderRequestBody { shared_link: optional::<Option<AddShareLinkToFolderSharedLink>>("shared_link") }
);

/// The settings for the shared link to create on the folder.
///
/// Use an empty object (`{}`) to use the default settings for shared
/// links.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddShareLinkToFolderSharedLink {
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
    pub access: Option<AddShareLinkToFolderSharedLinkAccessField>,
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
    /// The `permissions` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}#add_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
    pub permissions: Option<AddShareLinkToFolderSharedLinkPermissionsField>,
}

serialize_struct!(
    runtime,
    AddShareLinkToFolderSharedLink {
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
    AddShareLinkToFolderSharedLink {
        access: optional::<Option<AddShareLinkToFolderSharedLinkAccessField>>("access"),
        password: nullable::<Option<String>>("password"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        permissions: optional::<Option<AddShareLinkToFolderSharedLinkPermissionsField>>("permissions")
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
pub enum AddShareLinkToFolderSharedLinkAccessField {
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
    AddShareLinkToFolderSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}#add_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddShareLinkToFolderSharedLinkPermissionsField {
    /// If the shared link allows for downloading of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    pub can_download: Option<bool>,
    /// If the shared link allows for previewing of files.
    /// This value is always `true`. For shared links on folders
    /// this also applies to any items in the folder.
    pub can_preview: Option<bool>,
    /// This value can only be `false` for items
    /// with a `type` of `folder`.
    pub can_edit: Option<bool>,
}

serialize_struct!(
    runtime,
    AddShareLinkToFolderSharedLinkPermissionsField {
        can_download: optional("can_download"),
        can_preview: optional("can_preview"),
        can_edit: optional("can_edit")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddShareLinkToFolderSharedLinkPermissionsField {
        can_download: optional::<Option<bool>>("can_download"),
        can_preview: optional::<Option<bool>>("can_preview"),
        can_edit: optional::<Option<bool>>("can_edit")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}#update_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateSharedLinkOnFolderRequestBody {
    /// The settings for the shared link to update.
    pub shared_link: Option<UpdateSharedLinkOnFolderSharedLink>,
}

serialize_struct!(runtime, UpdateSharedLinkOnFolderRequestBody { shared_link: optional("shared_link") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateSharedLinkOnFolderRequestBody {
        shared_link: optional::<Option<UpdateSharedLinkOnFolderSharedLink>>("shared_link")
    }
);

/// The settings for the shared link to update.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateSharedLinkOnFolderSharedLink {
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
    pub access: Option<UpdateSharedLinkOnFolderSharedLinkAccessField>,
    /// The password required to access the shared link. Set the
    /// password to `null` to remove it.
    /// Passwords must now be at least eight characters
    /// long and include a number, upper case letter, or
    /// a non-numeric or non-alphabetic character.
    /// A password can only be set when `access` is set to `open`.
    pub password: Option<String>,
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
    /// The `permissions` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}#update_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
    pub permissions: Option<UpdateSharedLinkOnFolderSharedLinkPermissionsField>,
}

serialize_struct!(
    runtime,
    UpdateSharedLinkOnFolderSharedLink {
        access: optional("access"),
        password: optional("password"),
        vanity_name: optional("vanity_name"),
        unshared_at: optional("unshared_at"),
        permissions: optional("permissions")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateSharedLinkOnFolderSharedLink {
        access: optional::<Option<UpdateSharedLinkOnFolderSharedLinkAccessField>>("access"),
        password: optional::<Option<String>>("password"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        permissions: optional::<Option<UpdateSharedLinkOnFolderSharedLinkPermissionsField>>("permissions")
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
pub enum UpdateSharedLinkOnFolderSharedLinkAccessField {
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
    UpdateSharedLinkOnFolderSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}#update_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateSharedLinkOnFolderSharedLinkPermissionsField {
    /// If the shared link allows for downloading of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    pub can_download: Option<bool>,
    /// If the shared link allows for previewing of files.
    /// This value is always `true`. For shared links on folders
    /// this also applies to any items in the folder.
    pub can_preview: Option<bool>,
    /// This value can only be `false` for items
    /// with a `type` of `folder`.
    pub can_edit: Option<bool>,
}

serialize_struct!(
    runtime,
    UpdateSharedLinkOnFolderSharedLinkPermissionsField {
        can_download: optional("can_download"),
        can_preview: optional("can_preview"),
        can_edit: optional("can_edit")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateSharedLinkOnFolderSharedLinkPermissionsField {
        can_download: optional::<Option<bool>>("can_download"),
        can_preview: optional::<Option<bool>>("can_preview"),
        can_edit: optional::<Option<bool>>("can_edit")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}#remove_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RemoveSharedLinkFromFolderRequestBody {
    /// By setting this value to `null`, the shared link
    /// is removed from the folder.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub shared_link: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}

serialize_struct!(runtime, RemoveSharedLinkFromFolderRequestBody { shared_link: nullable("shared_link") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RemoveSharedLinkFromFolderRequestBody {
        shared_link: nullable::<Option<serde_json::Map<String, serde_json::Value>>>("shared_link")
    }
);
