// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shared_links_web_links` operations: [`SharedLinksWebLinksManager`] and one request builder per operation.

use crate::models::{ClientError, WebLink};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::shared_links_web_links`](crate::Client::shared_links_web_links) or [`SharedLinksWebLinksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct SharedLinksWebLinksManager<'a> {
    client: &'a Client,
}

impl<'a> SharedLinksWebLinksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Find web link for shared link
    ///
    /// Returns the web link represented by a shared link.
    ///
    /// A shared web link can be represented by a shared link,
    /// which can originate within the current enterprise or within another.
    ///
    /// This endpoint allows an application to retrieve information about a
    /// shared web link when only given a shared link.
    ///
    /// `GET /shared_items`
    #[inline]
    pub fn find_web_link_for_shared_link(&self, boxapi: impl AsRef<str>) -> FindWebLinkForSharedLink<'a> {
        FindWebLinkForSharedLink::new(self.client, boxapi)
    }

    /// Get shared link for web link
    ///
    /// Gets the information for a shared link on a web link.
    ///
    /// `GET /web_links/{web_link_id}`
    #[inline]
    pub fn get_shared_link_for_web_link(
        &self,
        web_link_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> GetSharedLinkForWebLink<'a> {
        GetSharedLinkForWebLink::new(self.client, web_link_id, fields)
    }

    /// Add shared link to web link
    ///
    /// Adds a shared link to a web link.
    ///
    /// `PUT /web_links/{web_link_id}`
    #[inline]
    pub fn add_share_link_to_web_link(
        &self,
        web_link_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> AddShareLinkToWebLink<'a> {
        AddShareLinkToWebLink::new(self.client, web_link_id, fields)
    }

    /// Update shared link on web link
    ///
    /// Updates a shared link on a web link.
    ///
    /// `PUT /web_links/{web_link_id}`
    #[inline]
    pub fn update_shared_link_on_web_link(
        &self,
        web_link_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> UpdateSharedLinkOnWebLink<'a> {
        UpdateSharedLinkOnWebLink::new(self.client, web_link_id, fields)
    }

    /// Remove shared link from web link
    ///
    /// Removes a shared link from a web link.
    ///
    /// `PUT /web_links/{web_link_id}`
    #[inline]
    pub fn remove_shared_link_from_web_link(
        &self,
        web_link_id: impl AsRef<str>,
        fields: impl AsRef<str>,
    ) -> RemoveSharedLinkFromWebLink<'a> {
        RemoveSharedLinkFromWebLink::new(self.client, web_link_id, fields)
    }
}

/// Request builder for [`SharedLinksWebLinksManager::find_web_link_for_shared_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct FindWebLinkForSharedLink<'a> {
    call: Call<'a>,
}

impl<'a> FindWebLinkForSharedLink<'a> {
    #[inline]
    fn new(client: &'a Client, boxapi: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shared_items#web_links",
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

request_builder!(runtime, FindWebLinkForSharedLink => json WebLink);

/// Request builder for [`SharedLinksWebLinksManager::get_shared_link_for_web_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetSharedLinkForWebLink<'a> {
    call: Call<'a>,
}

impl<'a> GetSharedLinkForWebLink<'a> {
    #[inline]
    fn new(client: &'a Client, web_link_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_web_links_id#get_shared_link",
            method: reqwest::Method::GET,
            path: "/web_links/{web_link_id}",
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
        call.path("web_link_id", web_link_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetSharedLinkForWebLink => json WebLink);

/// Request builder for [`SharedLinksWebLinksManager::add_share_link_to_web_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AddShareLinkToWebLink<'a> {
    call: Call<'a>,
    body: AddShareLinkToWebLinkRequestBody,
}

impl<'a> AddShareLinkToWebLink<'a> {
    #[inline]
    fn new(client: &'a Client, web_link_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_web_links_id#add_shared_link",
            method: reqwest::Method::PUT,
            path: "/web_links/{web_link_id}",
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
        call.path("web_link_id", web_link_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call, body: AddShareLinkToWebLinkRequestBody { shared_link: None } }
    }

    /// The settings for the shared link to create on the web link.
    ///
    /// Use an empty object (`{}`) to use the default settings for shared
    /// links.
    #[inline]
    pub fn shared_link(mut self, shared_link: AddShareLinkToWebLinkSharedLink) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }
}

request_builder!(runtime, AddShareLinkToWebLink(body) => json WebLink);

/// Request builder for [`SharedLinksWebLinksManager::update_shared_link_on_web_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateSharedLinkOnWebLink<'a> {
    call: Call<'a>,
    body: UpdateSharedLinkOnWebLinkRequestBody,
}

impl<'a> UpdateSharedLinkOnWebLink<'a> {
    #[inline]
    fn new(client: &'a Client, web_link_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_web_links_id#update_shared_link",
            method: reqwest::Method::PUT,
            path: "/web_links/{web_link_id}",
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
        call.path("web_link_id", web_link_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call, body: UpdateSharedLinkOnWebLinkRequestBody { shared_link: None } }
    }

    /// The settings for the shared link to update.
    #[inline]
    pub fn shared_link(mut self, shared_link: UpdateSharedLinkOnWebLinkSharedLink) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }
}

request_builder!(runtime, UpdateSharedLinkOnWebLink(body) => json WebLink);

/// Request builder for [`SharedLinksWebLinksManager::remove_shared_link_from_web_link`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RemoveSharedLinkFromWebLink<'a> {
    call: Call<'a>,
    body: RemoveSharedLinkFromWebLinkRequestBody,
}

impl<'a> RemoveSharedLinkFromWebLink<'a> {
    #[inline]
    fn new(client: &'a Client, web_link_id: impl AsRef<str>, fields: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_web_links_id#remove_shared_link",
            method: reqwest::Method::PUT,
            path: "/web_links/{web_link_id}",
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
        call.path("web_link_id", web_link_id.as_ref());
        call.query("fields", fields.as_ref());
        Self { call, body: RemoveSharedLinkFromWebLinkRequestBody { shared_link: None } }
    }

    /// By setting this value to `null`, the shared link
    /// is removed from the web link.
    #[inline]
    pub fn shared_link(mut self, shared_link: Option<serde_json::Map<String, serde_json::Value>>) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }
}

request_builder!(runtime, RemoveSharedLinkFromWebLink(body) => json WebLink);

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#add_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddShareLinkToWebLinkRequestBody {
    /// The settings for the shared link to create on the web link.
    ///
    /// Use an empty object (`{}`) to use the default settings for shared
    /// links.
    pub shared_link: Option<AddShareLinkToWebLinkSharedLink>,
}

serialize_struct!(runtime, AddShareLinkToWebLinkRequestBody { shared_link: optional("shared_link") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddShareLinkToWebLinkRequestBody {
        shared_link: optional::<Option<AddShareLinkToWebLinkSharedLink>>("shared_link")
    }
);

/// The settings for the shared link to create on the web link.
///
/// Use an empty object (`{}`) to use the default settings for shared
/// links.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddShareLinkToWebLinkSharedLink {
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
    pub access: Option<AddShareLinkToWebLinkSharedLinkAccessField>,
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
    /// The `permissions` property, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#add_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
    pub permissions: Option<AddShareLinkToWebLinkSharedLinkPermissionsField>,
}

serialize_struct!(
    runtime,
    AddShareLinkToWebLinkSharedLink {
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
    AddShareLinkToWebLinkSharedLink {
        access: optional::<Option<AddShareLinkToWebLinkSharedLinkAccessField>>("access"),
        password: nullable::<Option<String>>("password"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        permissions: optional::<Option<AddShareLinkToWebLinkSharedLinkPermissionsField>>("permissions")
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
pub enum AddShareLinkToWebLinkSharedLinkAccessField {
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
    AddShareLinkToWebLinkSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#add_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddShareLinkToWebLinkSharedLinkPermissionsField {
    /// If the shared link allows for downloading of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    pub can_download: Option<bool>,
    /// If the shared link allows for previewing of files.
    /// This value is always `true`. For shared links on folders
    /// this also applies to any items in the folder.
    pub can_preview: Option<bool>,
    /// This value can only be `true` is `type` is `file`.
    pub can_edit: Option<bool>,
}

serialize_struct!(
    runtime,
    AddShareLinkToWebLinkSharedLinkPermissionsField {
        can_download: optional("can_download"),
        can_preview: optional("can_preview"),
        can_edit: optional("can_edit")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AddShareLinkToWebLinkSharedLinkPermissionsField {
        can_download: optional::<Option<bool>>("can_download"),
        can_preview: optional::<Option<bool>>("can_preview"),
        can_edit: optional::<Option<bool>>("can_edit")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#update_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateSharedLinkOnWebLinkRequestBody {
    /// The settings for the shared link to update.
    pub shared_link: Option<UpdateSharedLinkOnWebLinkSharedLink>,
}

serialize_struct!(runtime, UpdateSharedLinkOnWebLinkRequestBody { shared_link: optional("shared_link") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateSharedLinkOnWebLinkRequestBody {
        shared_link: optional::<Option<UpdateSharedLinkOnWebLinkSharedLink>>("shared_link")
    }
);

/// The settings for the shared link to update.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateSharedLinkOnWebLinkSharedLink {
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
    pub access: Option<UpdateSharedLinkOnWebLinkSharedLinkAccessField>,
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
    /// The `permissions` property, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#update_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
    pub permissions: Option<UpdateSharedLinkOnWebLinkSharedLinkPermissionsField>,
}

serialize_struct!(
    runtime,
    UpdateSharedLinkOnWebLinkSharedLink {
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
    UpdateSharedLinkOnWebLinkSharedLink {
        access: optional::<Option<UpdateSharedLinkOnWebLinkSharedLinkAccessField>>("access"),
        password: nullable::<Option<String>>("password"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        permissions: optional::<Option<UpdateSharedLinkOnWebLinkSharedLinkPermissionsField>>("permissions")
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
pub enum UpdateSharedLinkOnWebLinkSharedLinkAccessField {
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
    UpdateSharedLinkOnWebLinkSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#update_shared_link/put/requestBody/content/application~1json/schema/properties/shared_link/properties/permissions`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateSharedLinkOnWebLinkSharedLinkPermissionsField {
    /// If the shared link allows for downloading of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    pub can_download: Option<bool>,
    /// If the shared link allows for previewing of files.
    /// This value is always `true`. For shared links on folders
    /// this also applies to any items in the folder.
    pub can_preview: Option<bool>,
    /// This value can only be `true` is `type` is `file`.
    pub can_edit: Option<bool>,
}

serialize_struct!(
    runtime,
    UpdateSharedLinkOnWebLinkSharedLinkPermissionsField {
        can_download: optional("can_download"),
        can_preview: optional("can_preview"),
        can_edit: optional("can_edit")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateSharedLinkOnWebLinkSharedLinkPermissionsField {
        can_download: optional::<Option<bool>>("can_download"),
        can_preview: optional::<Option<bool>>("can_preview"),
        can_edit: optional::<Option<bool>>("can_edit")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1web_links~1{web_link_id}#remove_shared_link/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RemoveSharedLinkFromWebLinkRequestBody {
    /// By setting this value to `null`, the shared link
    /// is removed from the web link.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub shared_link: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}

serialize_struct!(runtime, RemoveSharedLinkFromWebLinkRequestBody { shared_link: nullable("shared_link") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RemoveSharedLinkFromWebLinkRequestBody {
        shared_link: nullable::<Option<serde_json::Map<String, serde_json::Value>>>("shared_link")
    }
);
